# Replaces PyInstaller's own hook for PySide6.QtGui (hooks in packaging/hooks/ take precedence):
# the same Qt plugins, minus those a desktop reader never loads and that would bring libraries of
# the build machine into the bundle.
#  - platformthemes/libqgtk3: loads the user's GTK 3 against the glib/cairo copied from the build
#    machine (version clashes); without it Qt uses the XDG desktop portal theme and its own dialogs
#  - eglfs, linuxfb, vnc, vkkhrdisplay platforms and their device integrations, evdev input
#    (generic/): embedded and kiosk systems without a window system
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_UNUSED = (
    "platformthemes/libqgtk3",
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",
    "generic/",
)


def _used(entry) -> bool:
    src = entry[0].replace("\\", "/")
    return not any(f"/plugins/{name}" in src for name in _UNUSED)


binaries = [entry for entry in binaries if _used(entry)]

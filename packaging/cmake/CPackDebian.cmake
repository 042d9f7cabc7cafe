# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb for Debian 12 and Ubuntu 24.04: `cpack -G DEB` in a build directory. Build it on the
# release it is for: the library dependencies are computed from the binaries by dpkg-shlibdeps
# (dpkg-dev), so they name that release's packages and versions.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "${REDLINER_PACKAGE_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_NAME "redliner")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REDLINER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "text")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Files 0644 and directories 0755 owned by root, as lintian expects.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# dpkg-shlibdeps sees only linked libraries. Plugins Qt loads at run time are not linked: the SVG
# icon engine draws every icon of the window, so the package that ships it on the build machine is
# a dependency. It is found the way shlibdeps finds libraries, by asking dpkg who owns the file
# (Debian 12 ships it in libqt6svg6; later releases split it into qt6-svg-plugins).
set(_svg_plugin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/iconengines/libqsvgicon.so")
set(_svg_package "")
find_program(REDLINER_DPKG_QUERY dpkg-query)
if(REDLINER_DPKG_QUERY AND EXISTS "${_svg_plugin}")
    execute_process(COMMAND ${REDLINER_DPKG_QUERY} --search "${_svg_plugin}"
        OUTPUT_VARIABLE _owner RESULT_VARIABLE _result ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(_result EQUAL 0 AND _owner MATCHES "^([^:, ]+)")
        set(_svg_package "${CMAKE_MATCH_1} (>= ${Qt6_VERSION})")
    endif()
endif()
if(_svg_package STREQUAL "")
    set(_svg_package "qt6-svg-plugins | libqt6svg6 (>= ${Qt6_VERSION})")
    message(STATUS "Qt's SVG icon engine (${_svg_plugin}) is not a file of a Debian package here: "
                   "the .deb depends on '${_svg_package}'")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_svg_package}")
# Wayland sessions get a native window, and Qt's own dialogs (file picker buttons...) speak the
# user's language; neither is needed to run.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
# Where API keys are kept (the Secret Service); without one a key is kept only if the user opts in.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc | kwalletmanager")

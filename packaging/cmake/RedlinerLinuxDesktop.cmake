# SPDX-License-Identifier: GPL-3.0-or-later
# Linux desktop integration, installed the way freedesktop.org desktops look for it: the menu
# entry (which also offers "Open with Redliner" for .docx), AppStream metainfo for software
# centres, hicolor icons (SVG plus PNG sizes for panels and docks that want bitmaps), manual pages
# and the documentation files a Debian package carries. Version and dates are configured in.

set(_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(_out ${CMAKE_CURRENT_BINARY_DIR})

find_program(REDLINER_GZIP gzip REQUIRED)

# -n: no name or time stamp in the header, so that the same sources give the same package.
function(_redliner_gzip input output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${REDLINER_GZIP} -9 -n -c ${input} > ${output}
        DEPENDS ${input}
        VERBATIM)
endfunction()

# --- Desktop entry and AppStream metainfo ------------------------------------------------------
# The screenshot's size is read from its PNG header, so a new screenshot needs no edit here.
set(_screenshot ${PROJECT_SOURCE_DIR}/resources/screenshots/redliner-window.png)
file(READ ${_screenshot} _ihdr OFFSET 16 LIMIT 8 HEX)
string(SUBSTRING "${_ihdr}" 0 8 _width_hex)
string(SUBSTRING "${_ihdr}" 8 8 _height_hex)
math(EXPR REDLINER_SCREENSHOT_WIDTH "0x${_width_hex}")
math(EXPR REDLINER_SCREENSHOT_HEIGHT "0x${_height_hex}")
set(REDLINER_APPSTREAM_RELEASES "${REDLINER_CHANGELOG_APPSTREAM_RELEASES}")

configure_file(${_linux}/redliner.desktop.in ${_out}/${REDLINER_APP_ID}.desktop @ONLY)
configure_file(${_linux}/redliner.metainfo.xml.in ${_out}/${REDLINER_APP_ID}.metainfo.xml @ONLY)
install(FILES ${_out}/${REDLINER_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_out}/${REDLINER_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# --- Icons --------------------------------------------------------------------------------------
set(_icon_svg ${CMAKE_CURRENT_SOURCE_DIR}/icons/${REDLINER_APP_ID}.svg)
install(FILES ${_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The PNG sizes are rendered from the SVG at build time (Debian: librsvg2-bin), never committed.
find_program(REDLINER_RSVG_CONVERT rsvg-convert)
set(_pngs "")
if(REDLINER_RSVG_CONVERT)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(_png ${_out}/icons/${size}x${size}/${REDLINER_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_out}/icons/${size}x${size}
            COMMAND ${REDLINER_RSVG_CONVERT} --width ${size} --height ${size} --output ${_png} ${_icon_svg}
            DEPENDS ${_icon_svg}
            VERBATIM)
        install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND _pngs ${_png})
    endforeach()
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the package gets the SVG icon only, "
                    "no PNG sizes.")
endif()

# --- Manual pages -------------------------------------------------------------------------------
# The paths they name are the package's: the build directory's own prefix (/usr/local by
# default) is not where the .deb puts anything.
set(REDLINER_MAN_DATADIR "${REDLINER_PACKAGE_PREFIX}/${CMAKE_INSTALL_DATADIR}/redliner")
set(_man_gz "")
foreach(page redliner.1 redliner-cli.1)
    configure_file(${_linux}/${page}.in ${_out}/man/${page} @ONLY)
    _redliner_gzip(${_out}/man/${page} ${_out}/man/${page}.gz)
    install(FILES ${_out}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND _man_gz ${_out}/man/${page}.gz)
endforeach()

# --- Documentation: copyright, upstream and Debian changelogs -----------------------------------
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/redliner)
configure_file(${_linux}/copyright.in ${_out}/doc/copyright @ONLY)
file(WRITE ${_out}/doc/changelog.Debian.tmp "${REDLINER_CHANGELOG_DEBIAN_CHANGELOG}")
# Rewritten only when it changed, so that the build does not redo the gzip on every configure.
configure_file(${_out}/doc/changelog.Debian.tmp ${_out}/doc/changelog.Debian COPYONLY)
configure_file(${PROJECT_SOURCE_DIR}/CHANGELOG.md ${_out}/doc/changelog COPYONLY)
_redliner_gzip(${_out}/doc/changelog ${_out}/doc/changelog.gz)
_redliner_gzip(${_out}/doc/changelog.Debian ${_out}/doc/changelog.Debian.gz)
install(FILES ${_out}/doc/copyright ${_out}/doc/changelog.gz ${_out}/doc/changelog.Debian.gz DESTINATION ${_doc})

# One target builds all of the above; part of `all`, so `cpack` after a full build finds it.
add_custom_target(redliner-desktop-files ALL
    DEPENDS ${_pngs} ${_man_gz} ${_out}/doc/changelog.gz ${_out}/doc/changelog.Debian.gz)

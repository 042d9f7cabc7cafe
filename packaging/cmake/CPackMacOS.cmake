# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS disk image: `cpack -G DragNDrop` in a Release build made with the Qt online
# installer's macOS kit. The image holds Redliner.app (with redliner-cli, the Qt frameworks and
# plugins macdeployqt copies in, the playbook and sample in Contents/Resources) and a link to
# /Applications to drag it onto. See packaging/README.md.
#
# This needs `redliner` built as an app bundle and redliner-cli installed into it: the install
# rules in src/app and src/cli decide that (packaging/README.md, "macOS").

get_target_property(_is_bundle redliner MACOSX_BUNDLE)
if(NOT _is_bundle)
    message(WARNING "redliner is not built as a macOS app bundle (MACOSX_BUNDLE): the DragNDrop package "
                    "is not configured. packaging/README.md lists the install rules it needs.")
    return()
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Redliner-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Redliner ${PROJECT_VERSION}")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/Redliner.icns")

# Info.plist: identity, version, icon, and Redliner under "Open With" for .docx.
set(_icns "${CMAKE_CURRENT_SOURCE_DIR}/macos/Redliner.icns")
target_sources(redliner PRIVATE ${_icns})
set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(redliner PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Redliner"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${REDLINER_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "Redliner.icns"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later, the Redliner developers")

# macdeployqt copies the Qt frameworks and plugins into the bundle and points both programs at
# them. It is called directly rather than through qt_generate_deploy_app_script(), whose Qt 6.4
# version knows one executable only: redliner-cli lives in the bundle too. The SVG icon engine is
# loaded at run time, not linked, so macdeployqt would leave it out: it is copied into PlugIns
# first and named with -executable so that its framework (QtSvg) is deployed and linked as well.
if(TARGET Qt6::macdeployqt)
    set(_macdeployqt "$<TARGET_FILE:Qt6::macdeployqt>")
else()
    find_program(REDLINER_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(_macdeployqt "${REDLINER_MACDEPLOYQT}")
endif()
set(_svg_plugin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/iconengines/libqsvgicon.dylib")
install(CODE "
    set(_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:redliner>.app\")
    file(COPY \"${_svg_plugin}\" DESTINATION \"\${_app}/Contents/PlugIns/iconengines\")
    set(_extra \"-executable=\${_app}/Contents/PlugIns/iconengines/libqsvgicon.dylib\")
    if(EXISTS \"\${_app}/Contents/MacOS/redliner-cli\")
        list(APPEND _extra \"-executable=\${_app}/Contents/MacOS/redliner-cli\")
    endif()
    execute_process(COMMAND \"${_macdeployqt}\" \"\${_app}\" -always-overwrite \${_extra}
                    RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed (\${_result})\")
    endif()
")

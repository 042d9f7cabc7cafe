# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: `cpack -G NSIS` (NSIS 3 on PATH) in a Release build made with the Qt
# online installer's MSVC kit. The install tree is bin\ (both programs, the Qt DLLs and plugins
# windeployqt copies next to them, the MSVC runtime) and share\redliner\ (playbook, sample); the
# installer adds a Start-menu entry, offers Redliner under "Open with" for .docx files, can put
# bin\ on PATH for redliner-cli, and uninstalls all of it. See packaging/README.md.

set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "Redliner-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Redliner")
set(CPACK_NSIS_DISPLAY_NAME "Redliner ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\redliner.exe")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(_ico "${CMAKE_CURRENT_SOURCE_DIR}/windows/redliner.ico")
set(CPACK_NSIS_MUI_ICON "${_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_ico}")

# The executable's own icon (Explorer, taskbar, the "Open with" list) and version come from a
# resource script.
set(REDLINER_ICO_PATH "${_ico}")
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/redliner.rc.in ${CMAKE_CURRENT_BINARY_DIR}/redliner.rc @ONLY)
target_sources(redliner PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/redliner.rc)

# "Open with Redliner" for .docx, without taking the default away from Word: a ProgID, listed
# under OpenWithProgids of .docx, and the application's SupportedTypes. Removed on uninstall.
set(_progid "Redliner.docx")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}' '' 'Word document (Redliner)'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\redliner.exe,0'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\redliner.exe\\\" \\\"%1\\\"'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\.docx\\\\OpenWithProgids' '${_progid}' ''
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Applications\\\\redliner.exe\\\\SupportedTypes' '.docx' ''
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Applications\\\\redliner.exe' 'FriendlyAppName' 'Redliner'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegValue SHCTX 'Software\\\\Classes\\\\.docx\\\\OpenWithProgids' '${_progid}'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\${_progid}'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\Applications\\\\redliner.exe'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")

# The MSVC runtime DLLs, installed next to the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and plugins both programs need next to them. It is called
# directly rather than through qt_generate_deploy_app_script(), whose Qt 6.4 version deploys one
# executable and cannot add a module: the SVG icon engine is loaded at run time, not linked, so it
# must be asked for (--svg). Qt's translations are deployed too (bin\translations), which is where
# the application looks for Qt's own strings.
if(TARGET Qt6::windeployqt)
    set(_windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(REDLINER_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(_windeployqt "${REDLINER_WINDEPLOYQT}")
endif()
install(CODE "
    set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${_windeployqt}\" --release --force --no-compiler-runtime --svg --dir \"\${_bin}\"
                \"\${_bin}/redliner.exe\" \"\${_bin}/redliner-cli.exe\"
        RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${_result})\")
    endif()
")

# windeployqt copies Qt only: libzip, zlib and QtKeychain come from where they were built (their
# bin directories, or PATH). CMake finds them with the toolchain's dumpbin or objdump.
set(_dll_dirs "${LIBZIP_PREFIX}/bin")
find_package(Qt6Keychain REQUIRED)
foreach(_config RELEASE RELWITHDEBINFO NOCONFIG)
    get_target_property(_keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION_${_config})
    if(_keychain_dll)
        get_filename_component(_keychain_dir "${_keychain_dll}" DIRECTORY)
        list(APPEND _dll_dirs "${_keychain_dir}")
    endif()
endforeach()
install(TARGETS redliner redliner-cli
    RUNTIME_DEPENDENCIES
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
        POST_EXCLUDE_REGEXES "[Ss]ystem32"
        DIRECTORIES ${_dll_dirs} $ENV{PATH}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

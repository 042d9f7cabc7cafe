# SPDX-License-Identifier: GPL-3.0-or-later
# Every library and program lists its sources explicitly in its folder's CMakeLists.txt. So that a
# file added to a folder (or brought in by a merge) but not listed fails at once with its name,
# rather than as an undefined reference later, each folder calls this after defining its targets:
#   redliner_require_listed_sources(TARGET...)
# It fails when a .cpp or .h under the current folder is a source of none of the TARGETs.
function(redliner_require_listed_sources)
    set(_listed)
    foreach(_target IN LISTS ARGN)
        get_target_property(_sources ${_target} SOURCES)
        foreach(_source IN LISTS _sources)
            get_filename_component(_absolute "${_source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
            list(APPEND _listed "${_absolute}")
        endforeach()
    endforeach()
    file(GLOB_RECURSE _on_disk CONFIGURE_DEPENDS
         "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    set(_missing)
    foreach(_file IN LISTS _on_disk)
        if(NOT _file IN_LIST _listed)
            file(RELATIVE_PATH _relative "${CMAKE_CURRENT_SOURCE_DIR}" "${_file}")
            list(APPEND _missing "${_relative}")
        endif()
    endforeach()
    if(_missing)
        file(RELATIVE_PATH _folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
        list(JOIN _missing ", " _names)
        list(JOIN ARGN ", " _targets)
        message(FATAL_ERROR "${_folder}: ${_names} not listed in ${_folder}/CMakeLists.txt; add each to "
                            "the sources of ${_targets} there (every source is listed, see CONTRIBUTING.md).")
    endif()
endfunction()

# A core layer's public headers: the ones code outside its folder (the layers above, the programs,
# the other folders' tests) may include. Each layer lists them after defining its library:
#   redliner_public_headers(TARGET header.h...)
# Every other header of the layer is private to it and to its own tests; cmake/check-layering.py
# (ctest layering_check) reads this list and refuses an include of a private header from outside.
# Here a listed header that does not exist stops CMake with its name.
function(redliner_public_headers target)
    set(_missing)
    foreach(_header IN LISTS ARGN)
        if(NOT EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${_header}")
            list(APPEND _missing "${_header}")
        endif()
    endforeach()
    if(_missing)
        file(RELATIVE_PATH _folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
        list(JOIN _missing ", " _names)
        message(FATAL_ERROR "${_folder}: ${_names} listed as public headers of ${target} in "
                            "${_folder}/CMakeLists.txt, but not in ${_folder}; list only existing headers.")
    endif()
    set_property(TARGET ${target} PROPERTY REDLINER_PUBLIC_HEADERS ${ARGN})
endfunction()

# One INTERFACE target carries the compile flags every Redliner target shares.
add_library(redliner_flags INTERFACE)
target_compile_options(redliner_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
target_compile_definitions(redliner_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    REDLINER_VERSION="${PROJECT_VERSION}")
if(REDLINER_WERROR)
    target_compile_options(redliner_flags INTERFACE -Werror)
endif()
if(REDLINER_SANITIZE)
    target_compile_options(redliner_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(redliner_flags INTERFACE -fsanitize=address,undefined)
endif()

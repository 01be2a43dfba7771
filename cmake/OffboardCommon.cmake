# One place for the language standard, warnings and Qt hygiene defines (as qBittorrent does).
add_library(offboard_common INTERFACE)
target_compile_features(offboard_common INTERFACE cxx_std_20)
target_compile_definitions(offboard_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OFFBOARD_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(offboard_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()

option(OFFBOARD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(OFFBOARD_SANITIZE)
    # GCC leaves float-cast-overflow out of "undefined" (clang has it): a huge number from outside cast to an int.
    target_compile_options(offboard_common INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer)
    target_link_options(offboard_common INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

# The fuzz preset: clang's libFuzzer. Everything is instrumented for coverage and built with ASan + UBSan; only the
# fuzz targets (tests/fuzz) link libFuzzer's main.
option(OFFBOARD_FUZZ "Build the libFuzzer targets (clang)" OFF)
if(OFFBOARD_FUZZ)
    target_compile_options(offboard_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(offboard_common INTERFACE -fsanitize=address,undefined)
endif()

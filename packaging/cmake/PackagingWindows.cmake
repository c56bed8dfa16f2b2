# Windows installer (CPack NSIS) with the Qt runtime deployed by windeployqt. Not built or tried
# on the project's Debian machines: see packaging/windows/README.md for the steps and what is
# untested.
set(ow_windows ${PROJECT_SOURCE_DIR}/packaging/windows)

find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(NOT WINDEPLOYQT)
    message(WARNING "windeployqt not found: the installer will lack the Qt runtime")
endif()

install(TARGETS onewindow owctl RUNTIME DESTINATION .)
if(WINDEPLOYQT)
    # After the executables are installed, copy the Qt libraries, plugins (platforms, sqldrivers,
    # printsupport, imageformats, iconengines) and Qt's own translations beside them.
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime
            --translations zh_CN,en
            \"\${CMAKE_INSTALL_PREFIX}/onewindow.exe\" \"\${CMAKE_INSTALL_PREFIX}/owctl.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/onewindow-camera.dll\" \"\${CMAKE_INSTALL_PREFIX}/onewindow-pdf.dll\"
            RESULT_VARIABLE ow_deploy_result)
        if(NOT ow_deploy_result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${ow_deploy_result}\")
        endif()")
endif()
# The C++ runtime of the compiler (MSVC redistributable DLLs).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION .)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME OneWindow)
set(CPACK_PACKAGE_VENDOR "OneWindow team")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OneWindow")
set(CPACK_PACKAGE_EXECUTABLES onewindow "一窗通 OneWindow")
set(CPACK_NSIS_DISPLAY_NAME "一窗通 OneWindow")
set(CPACK_NSIS_MUI_ICON "${ow_windows}/onewindow.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME onewindow.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # owctl on PATH for the hall's IT person
include(CPack)

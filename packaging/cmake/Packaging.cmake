# Installation layout and the Debian package (CPack DEB). `cpack -G DEB` in a build directory
# makes onewindow_<version>_<arch>.deb; packaging/check-deb.sh (the DebianPackage test) checks it
# with lintian and appstreamcli and lists its contents.
include(GNUInstallDirs)

set(ow_linux ${PROJECT_SOURCE_DIR}/packaging/linux)

# Icons of the hicolor theme: the SVG and PNGs rendered from it by a build tool.
set(ow_icon_sizes 16 22 24 32 48 64 128 256)
add_executable(ow_render_icon ${PROJECT_SOURCE_DIR}/packaging/tools/RenderIcon.cpp)
target_link_libraries(ow_render_icon PRIVATE Qt6::Gui Qt6::Svg)
onewindow_target_defaults(ow_render_icon)
set(ow_icon_outputs)
foreach(size IN LISTS ow_icon_sizes)
    list(APPEND ow_icon_outputs ${CMAKE_BINARY_DIR}/icons/${size}x${size}/apps/onewindow.png)
endforeach()
add_custom_command(OUTPUT ${ow_icon_outputs}
    COMMAND ow_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/onewindow.svg
        ${CMAKE_BINARY_DIR}/icons ${ow_icon_sizes}
    DEPENDS ow_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/onewindow.svg
    COMMENT "Rendering the application icon")

# Manual pages: owctl(1) is written by owctl itself from its help text (English and Chinese);
# onewindow(1) is written by hand. Compressed as Debian wants them.
set(ow_man ${CMAKE_BINARY_DIR}/man)
add_custom_command(OUTPUT ${ow_man}/owctl.1.gz ${ow_man}/zh_CN/owctl.1.gz ${ow_man}/onewindow.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ow_man}/zh_CN
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:owctl> --lang en --man
        > ${ow_man}/owctl.1
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:owctl> --lang zh_CN
        --man > ${ow_man}/zh_CN/owctl.1
    COMMAND ${CMAKE_COMMAND} -E copy ${ow_linux}/onewindow.1 ${ow_man}/onewindow.1
    COMMAND gzip -9nf ${ow_man}/owctl.1 ${ow_man}/zh_CN/owctl.1 ${ow_man}/onewindow.1
    DEPENDS owctl ${ow_linux}/onewindow.1
    COMMENT "Writing the manual pages")
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
    COMMAND gzip -9nc ${ow_linux}/changelog > ${CMAKE_BINARY_DIR}/changelog.gz
    DEPENDS ${ow_linux}/changelog)
add_custom_target(ow_package_files ALL
    DEPENDS ${ow_icon_outputs} ${ow_man}/owctl.1.gz ${CMAKE_BINARY_DIR}/changelog.gz)

install(FILES ${ow_linux}/onewindow.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ow_linux}/org.onewindow.OneWindow.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/onewindow.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS ow_icon_sizes)
    install(FILES ${CMAKE_BINARY_DIR}/icons/${size}x${size}/apps/onewindow.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${ow_man}/owctl.1.gz ${ow_man}/onewindow.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ow_man}/zh_CN/owctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1)
install(FILES ${ow_linux}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onewindow)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onewindow)

# The package. Depends: computed by dpkg-shlibdeps from the binaries (exact library packages),
# plus what is loaded at run time and not linked: the SQLite and PostgreSQL Qt drivers, the
# fonts documents are printed with.
set(CPACK_PACKAGE_NAME onewindow)
set(CPACK_PACKAGE_VENDOR "OneWindow team")
set(CPACK_PACKAGE_CONTACT "OneWindow team <maintainers@users.noreply.r-seed-f2e52ca5.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "counter software for government service halls (一窗通)")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "OneWindow is what the clerks of a government service hall use at the\n"
    "counter: find a service item by lifecycle stage or by typing Chinese,\n"
    "pinyin, initials or codes, read its standardized guide, take in a case\n"
    "for one item or a whole chain, decide, and print the receipt or notice\n"
    "with the legal deadline in working days. owctl is its command line.")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(CONCAT CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins, fonts-wqy-microhei, "
    "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://onewindow.example.org/")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)

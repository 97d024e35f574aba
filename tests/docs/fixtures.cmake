# Read by CTest (TEST_INCLUDE_FILES of tests/docs): the screenshot tests whose pictures the guide
# and the handout print. docs_pdf requires this fixture, so `ctest -R docs_pdf` runs them first.
set_tests_properties(ui_host_screens web_browser web_practice web_spot
                     PROPERTIES FIXTURES_SETUP docs_screenshots)

# dovui-pack's command line (tools/pack), run as a facilitator or CI runs it: every bundled pack
# passes, VietQR payloads are read and made, spreadsheets are imported and exported back.
# Every bundled pack must pass (CI runs this through ctest).
add_test(NAME pack_check COMMAND dovui-pack check)

# VietQR inspection: a known-good payload (subiz/vietqr README, CRC C15C) and a broken CRC.
set(DOVUI_QR_GOOD
  "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C")
set(DOVUI_QR_BAD_CRC
  "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut63040000")
add_test(NAME pack_qr_decode COMMAND dovui-pack qr ${DOVUI_QR_GOOD})
set_tests_properties(pack_qr_decode PROPERTIES
  PASS_REGULAR_EXPRESSION "VietinBank.*970415.*0011001932418.*120\\.000 đ.*ung ho lu lut.*C15C \\(đúng\\)")
add_test(NAME pack_qr_decode_en COMMAND dovui-pack --lang en qr ${DOVUI_QR_GOOD})
set_tests_properties(pack_qr_decode_en PROPERTIES PASS_REGULAR_EXPRESSION "CRC: +C15C \\(ok\\)")
# PASS_REGULAR_EXPRESSION ignores the exit code, so the failure has two tests: message and code.
add_test(NAME pack_qr_bad_crc_message COMMAND dovui-pack qr ${DOVUI_QR_BAD_CRC})
set_tests_properties(pack_qr_bad_crc_message PROPERTIES
  PASS_REGULAR_EXPRESSION "CRC sai: mong đợi C15C, thấy 0000")
add_test(NAME pack_qr_bad_crc_message_en COMMAND dovui-pack qr --lang en ${DOVUI_QR_BAD_CRC})
set_tests_properties(pack_qr_bad_crc_message_en PROPERTIES
  PASS_REGULAR_EXPRESSION "wrong CRC: expected C15C, found 0000")
add_test(NAME pack_qr_bad_crc_exit COMMAND dovui-pack qr ${DOVUI_QR_BAD_CRC})
set_tests_properties(pack_qr_bad_crc_exit PROPERTIES WILL_FAIL TRUE)
add_test(NAME pack_qr_make COMMAND dovui-pack qr --make --bank 970415 --account 0011001932418
  --amount 120000 --message "ung ho lu lut")
set_tests_properties(pack_qr_make PROPERTIES PASS_REGULAR_EXPRESSION "^${DOVUI_QR_GOOD}\n$")
add_test(NAME pack_qr_make_bad_amount COMMAND dovui-pack qr --make --bank 970436
  --account 0123456789 --amount 50.000)
set_tests_properties(pack_qr_make_bad_amount PROPERTIES WILL_FAIL TRUE)
add_test(NAME pack_check_missing_file COMMAND dovui-pack check no-such-pack.json)
set_tests_properties(pack_check_missing_file PROPERTIES WILL_FAIL TRUE)
# A device or a folder is named for what it is, and read with a cap (/dev/zero never ends).
add_test(NAME pack_check_device COMMAND dovui-pack check /dev/zero)
set_tests_properties(pack_check_device PROPERTIES PASS_REGULAR_EXPRESSION "không phải tệp thường"
                                                  TIMEOUT 10)
add_test(NAME pack_check_folder COMMAND dovui-pack check ${DOVUI_ASSETS_DIR}/packs)
set_tests_properties(pack_check_folder PROPERTIES PASS_REGULAR_EXPRESSION "thư mục" TIMEOUT 10)
add_test(NAME pack_practice_page COMMAND dovui-pack practice-page
  ${DOVUI_ASSETS_DIR}/packs/vi/buoi-hoc-dau-tien.json -o ${CMAKE_CURRENT_BINARY_DIR}/practice-home.html)
set_tests_properties(pack_practice_page PROPERTIES PASS_REGULAR_EXPRESSION "KB, 20 câu")

# Spreadsheet authoring (its unit tests: dovui_tools_tests).
add_test(NAME pack_import_example COMMAND dovui-pack import ${DOVUI_ASSETS_DIR}/import-example.csv
  -o ${CMAKE_CURRENT_BINARY_DIR}/import-example.json --id vi-import-example)
set_tests_properties(pack_import_example PROPERTIES FIXTURES_SETUP pack_imported
  PASS_REGULAR_EXPRESSION "Đã nhập 11 câu, 7 chủ đề")
add_test(NAME pack_import_example_checks COMMAND dovui-pack check
  ${CMAKE_CURRENT_BINARY_DIR}/import-example.json)
set_tests_properties(pack_import_example_checks PROPERTIES FIXTURES_REQUIRED pack_imported
  PASS_REGULAR_EXPRESSION "11 câu, 0 lỗi, 0 cảnh báo")
add_test(NAME pack_export_imported COMMAND dovui-pack export
  ${CMAKE_CURRENT_BINARY_DIR}/import-example.json -o ${CMAKE_CURRENT_BINARY_DIR}/exported.csv)
set_tests_properties(pack_export_imported PROPERTIES FIXTURES_REQUIRED pack_imported
  PASS_REGULAR_EXPRESSION "Đã xuất 11 câu")
add_test(NAME pack_import_kahoot COMMAND dovui-pack --lang en import
  ${DOVUI_ASSETS_DIR}/import-kahoot-example.csv -o ${CMAKE_CURRENT_BINARY_DIR}/kahoot.json)
set_tests_properties(pack_import_kahoot PROPERTIES
  PASS_REGULAR_EXPRESSION "Imported 5 questions.*Kahoot template, UTF-8")
add_test(NAME pack_import_bad_row_message COMMAND dovui-pack import
  ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-row.csv -o ${CMAKE_CURRENT_BINARY_DIR}/bad.json)
set_tests_properties(pack_import_bad_row_message PROPERTIES PASS_REGULAR_EXPRESSION
  "hàng 3: cột correct: không có phương án số 3 \\(câu này có 2 phương án\\).*Không ghi tệp nào")
add_test(NAME pack_import_bad_row_exit COMMAND dovui-pack import
  ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-row.csv -o ${CMAKE_CURRENT_BINARY_DIR}/bad.json)
set_tests_properties(pack_import_bad_row_exit PROPERTIES WILL_FAIL TRUE)
add_test(NAME pack_import_skip_bad COMMAND dovui-pack import --skip-bad
  ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-row.csv -o ${CMAKE_CURRENT_BINARY_DIR}/skip.json)
set_tests_properties(pack_import_skip_bad PROPERTIES
  PASS_REGULAR_EXPRESSION "Đã nhập 1 câu.*bỏ qua 1 lỗi")
add_test(NAME pack_new_templates_check COMMAND dovui-pack check
  ${DOVUI_ASSETS_DIR}/templates/new-pack.vi.json ${DOVUI_ASSETS_DIR}/templates/new-pack.en.json)

# Schema 2 through the spreadsheet: a pack with spot questions, genuine cards and techniques is
# exported and imported back with no --id or --title (the sheet carries them), then checked.
set(DOVUI_TEACHING_PACK ${CMAKE_CURRENT_SOURCE_DIR}/data/teaching-pack.json)
add_test(NAME pack_export_teaching COMMAND dovui-pack export ${DOVUI_TEACHING_PACK}
  -o ${CMAKE_CURRENT_BINARY_DIR}/teaching.csv)
set_tests_properties(pack_export_teaching PROPERTIES FIXTURES_SETUP pack_teaching_csv
  PASS_REGULAR_EXPRESSION "Đã xuất 8 câu")
add_test(NAME pack_import_teaching COMMAND dovui-pack import ${CMAKE_CURRENT_BINARY_DIR}/teaching.csv
  -o ${CMAKE_CURRENT_BINARY_DIR}/teaching-back.json)
set_tests_properties(pack_import_teaching PROPERTIES FIXTURES_REQUIRED pack_teaching_csv
  FIXTURES_SETUP pack_teaching_back PASS_REGULAR_EXPRESSION "Đã nhập 8 câu, 3 chủ đề")
add_test(NAME pack_check_teaching_table COMMAND dovui-pack check
  ${CMAKE_CURRENT_BINARY_DIR}/teaching-back.json)
set_tests_properties(pack_check_teaching_table PROPERTIES FIXTURES_REQUIRED pack_teaching_back
  PASS_REGULAR_EXPRESSION "vi-thu-day-hoc.*có thẻ  tin thật  single  truefalse  multi  order  poll  spot\n  sms +6 +5 +2 +0 +1 +1 +0 +1 +3")

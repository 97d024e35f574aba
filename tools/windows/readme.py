#!/usr/bin/env python3
"""Writes "Đọc trước.txt" (read me first) into the Windows folder: UTF-8 with a byte-order mark
and CRLF line ends, so Notepad on any Windows 10/11 shows the Vietnamese right.
Usage: readme.py <version> <folder>"""
import os
import sys

TEXT = """Đố Vui Số {version} cho Windows 10 và 11 (64 bit)
===================================================

Bắt đầu
-------
1. Giải nén cả thư mục này (chuột phải vào tệp .zip → "Extract All…"/"Giải nén tất cả").
   Đừng chạy từ bên trong tệp .zip.
2. Nhấp đúp vào dovui-host.exe (biểu tượng Đố Vui Số). Không cần cài đặt, không cần Internet.
3. Lần đầu mở, Windows có thể hỏi:
   - "Windows đã bảo vệ PC của bạn" (SmartScreen): bấm "Thông tin thêm" → "Vẫn chạy".
   - Tường lửa Windows (Windows Defender Firewall): đánh dấu "Mạng riêng" (Private
     networks) rồi bấm "Cho phép truy cập" (Allow access). Nếu bỏ qua bước này, điện
     thoại của học viên sẽ không vào được trò chơi.
4. Kết nối máy tính và điện thoại của học viên vào cùng một mạng Wi-Fi (bộ phát Wi-Fi
   hoặc điểm phát từ điện thoại, không cần Internet). Học viên quét mã QR trên màn hình.

Các chương trình trong thư mục
------------------------------
  dovui-host.exe    màn hình máy chiếu và điều khiển trận đấu (người hướng dẫn dùng)
  dovui-play.exe    ứng dụng cho học viên dùng máy tính
  dovui-server.exe  máy chủ không cửa sổ (chạy trong cửa sổ dòng lệnh)
  dovui-pack.exe    kiểm tra, nhập và xuất bộ câu hỏi (bảng tính CSV)
  dovui-report.exe  báo cáo kết quả (HTML, CSV)
  dovui-cards.exe   in thẻ trả lời (PDF) cho học viên không có điện thoại
  assets\\           phông chữ, bộ câu hỏi, trang web cho điện thoại
  docs\\             hướng dẫn cho người hướng dẫn và tờ hướng dẫn học viên (PDF)

Kết quả và bộ câu hỏi riêng của bạn được lưu trong %LOCALAPPDATA%\\DoVuiSo
(dán dòng này vào thanh địa chỉ của File Explorer để mở).

Bản Windows này chưa có âm thanh và đọc to câu hỏi (bản Linux có).

----------------------------------------------------------------------
English: unzip the whole folder, double-click dovui-host.exe. On first start allow
"Private networks" in the Windows Firewall prompt, or phones cannot join. Results are kept
in %LOCALAPPDATA%\\DoVuiSo. This Windows build has no sound or read-aloud yet.
"""


def main() -> int:
    version, folder = sys.argv[1], sys.argv[2]
    text = TEXT.format(version=version).replace("\n", "\r\n")
    with open(os.path.join(folder, "Đọc trước.txt"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

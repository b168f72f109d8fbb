"""Draw the application icon with QPainter and write resources/icons/app.png and app.ico.

Run once after changing the drawing: `python installer/make_icon.py`. The
files are committed, so neither the build nor the app needs this script.
The .ico holds PNG-compressed images at the sizes Windows asks for.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A blue tile with a case card and an orange badge with a tick: a case dealt with."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)

    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    grad = QLinearGradient(0, 8, 0, 248)
    grad.setColorAt(0, QColor("#2b6cb0"))
    grad.setColorAt(1, QColor("#1a4480"))
    p.fillPath(tile, grad)

    card = QPainterPath()
    card.addRoundedRect(QRectF(58, 40, 124, 160), 14, 14)
    p.fillPath(card, QColor("#ffffff"))
    small = size < 40
    p.setPen(
        QPen(QColor("#8aa4c8"), 14 if small else 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    rows = (80, 120) if small else (74, 102, 130)
    for y in rows:
        p.drawLine(QPointF(82, y), QPointF(158, y))

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#f08c00"))
    p.drawEllipse(QPointF(178, 178), 58, 58)
    p.setPen(
        QPen(
            QColor("#ffffff"),
            20,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(150, 180))
    tick.lineTo(170, 200)
    tick.lineTo(206, 160)
    p.drawPath(tick)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "app.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "app.ico").write_bytes(ico_bytes([(s, png_bytes(draw(s))) for s in ICO_SIZES]))
    print(
        f"wrote {ICONS / 'app.png'} and {ICONS / 'app.ico'} ({', '.join(map(str, ICO_SIZES))} px)"
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A letter (services.letters.Letter) laid out with QTextDocument and written to PDF
(QPdfWriter, A4, fonts embedded) or to a PNG preview of its page."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from collector_desk.ui.i18n import FONT_FAMILIES

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 22.0
PREVIEW_DPI = 110


def to_html(letter: Any) -> str:
    zh = letter.lang == "zh_CN"
    indent = "text-indent: 2em;" if zh else ""
    paras = "".join(
        f'<p style="{indent} margin: 0 0 10px 0; line-height: 160%;">{escape(p)}</p>'
        for p in letter.paragraphs
    )
    accounts = "".join(f"<li>{escape(a)}</li>" for a in letter.accounts)
    accounts_block = (
        f'<p style="margin: 6px 0 2px 0;"><b>{escape(letter.accounts_heading)}</b></p>'
        f"<ul style='margin-top: 0;'>{accounts}</ul>"
        if letter.accounts
        else ""
    )
    # A closing of two lines: 此致 indented, 敬礼！ at the margin below it.
    lines = letter.closing.split("\n")
    closing = f'<p style="margin-top: 16px; {indent}">{escape(lines[0])}</p>' + "".join(
        f'<p style="margin: 0;">{escape(line)}</p>' for line in lines[1:]
    )
    to = escape(letter.recipient) + (f"<br>{escape(letter.address)}" if letter.address else "")
    return (
        f'<h2 align="center" style="margin-bottom: 18px;">{escape(letter.title)}</h2>'
        f'<p style="margin: 0 0 14px 0; color: #444;">{to}</p>'
        f'<p style="margin: 0 0 10px 0;">{escape(letter.salutation)}</p>'
        f"{paras}{accounts_block}"
        f"{closing}"
        f'<p align="right" style="margin-top: 24px;">{escape(letter.lender)}<br>{escape(letter.date)}</p>'
    )


def _document(letter: Any, width_px: float, point_size: float = 11.0) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies([f for f in FONT_FAMILIES if f])
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(to_html(letter))
    doc.setTextWidth(width_px)
    return doc


def write_pdf(letter: Any, path: Path) -> Path:
    """A4 PDF; QPdfWriter embeds the (subset) fonts it draws with."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setResolution(300)
    writer.setTitle(letter.title)
    writer.setCreator("Collector Desk")
    painter = QPainter(writer)
    try:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        doc = _document(letter, area.width())
        doc.setPageSize(QSizeF(area.width(), area.height()))
        # QTextDocument lays out at screen DPI; scale it to the printer's.
        doc.documentLayout().setPaintDevice(writer)
        doc.setPageSize(QSizeF(area.width(), area.height()))
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * area.height())
            doc.drawContents(painter, QRectF(0, page * area.height(), area.width(), area.height()))
            painter.restore()
    finally:
        painter.end()
    return path


def write_png(letter: Any, path: Path, dpi: int = PREVIEW_DPI) -> Path:
    """A preview of the first page, white A4 at `dpi`."""
    px = [round(mm / 25.4 * dpi) for mm in PAGE_MM]
    margin = round(MARGIN_MM / 25.4 * dpi)
    image = QImage(px[0], px[1], QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        doc = _document(letter, px[0] - 2 * margin)
        doc.documentLayout().setPaintDevice(image)
        doc.setTextWidth(px[0] - 2 * margin)
        painter.translate(margin, margin)
        doc.drawContents(painter, QRectF(0, 0, px[0] - 2 * margin, px[1] - 2 * margin))
    finally:
        painter.end()
    image.save(str(path))
    return path

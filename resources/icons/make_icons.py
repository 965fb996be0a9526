"""Draw Studio's application icon (PNG, ICO for Windows, ICNS for macOS) with Pillow.

Run from the repository root: ``.venv/bin/python resources/icons/make_icons.py``.
"""

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 1024
    d.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=200 * s, fill=(0, 70, 130))
    # A play triangle (the lecture) above caption lines (the captions).
    d.polygon([(380 * s, 220 * s), (380 * s, 560 * s), (680 * s, 390 * s)], fill=(255, 255, 255))
    for i, width in enumerate((620, 460)):
        y = (680 + i * 110) * s
        x0 = (512 - width / 2) * s
        d.rounded_rectangle((x0, y, x0 + width * s, y + 60 * s), radius=30 * s, fill=(255, 210, 60))
    return img


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(HERE / "studio.png")
    big.save(HERE / "studio.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(HERE / "studio.icns")


if __name__ == "__main__":
    main()

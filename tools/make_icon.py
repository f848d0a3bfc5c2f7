"""Draws the application icon (made for this project): a rounded teal square with a white "M"
over a small row of houses, saved as PNG (window icon) and ICO (Windows executable and installer).

Run: ``uv run python tools/make_icon.py``; the results are committed in ``resources/icons/``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
SIZE = 512
TEAL = (0, 105, 92, 255)
GOLD = (255, 193, 7, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 32
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 6, fill=TEAL
    )
    font = ImageFont.truetype(str(FONT), int(size * 0.56))
    pen.text((size / 2, size * 0.42), "M", font=font, fill=WHITE, anchor="mm")
    # Three little houses along the bottom: the villages whose proposals the office gathers.
    unit = size // 8
    base = int(size * 0.86)
    for n in range(3):
        left = (size - int(unit * 3.5)) // 2 + n * int(unit * 1.25)
        pen.rectangle((left, base - unit // 2, left + unit, base), fill=GOLD)
        pen.polygon(
            [
                (left - unit // 8, base - unit // 2),
                (left + unit // 2, base - unit),
                (left + unit + unit // 8, base - unit // 2),
            ],
            fill=GOLD,
        )
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "musrenbang.png")
    image.save(
        ICONS / "musrenbang.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print(f"written: {ICONS / 'musrenbang.png'}, {ICONS / 'musrenbang.ico'}")


if __name__ == "__main__":
    main()

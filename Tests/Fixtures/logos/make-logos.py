#!/usr/bin/env python3
"""Makes the logo fixtures (needs Pillow): a square JPEG and an upright PNG, to test that any aspect ratio
is scaled into the house style's logo box and that JPEG logos are carried as they are.

    python3 Tests/Fixtures/logos/make-logos.py"""
import os
from PIL import Image, ImageDraw
here = os.path.dirname(os.path.abspath(__file__))
square = Image.new("RGB", (200, 200), "#1B5E20")
ImageDraw.Draw(square).ellipse([40, 40, 160, 160], fill="#A5D6A7")
square.save(os.path.join(here, "square.jpg"), format="JPEG", quality=80, optimize=True)
upright = Image.new("RGB", (100, 300), "white")
ImageDraw.Draw(upright).rectangle([20, 20, 80, 280], fill="#0D47A1")
upright.save(os.path.join(here, "upright.png"), format="PNG", optimize=True)

#!/usr/bin/env python3
"""Draw Rapport's Home tab for the README.

Reads docs/home-tab.json and docs/home-tab-first.json (the Block Kit views
the bot publishes, kept in step with the code by TestHomeTabGolden), writes a
local HTML mock styled like Slack's Home tab, and screenshots each with
headless Chromium to docs/*.png. Nothing is fetched from the network.

    python3 scripts/render-home.py [--chromium PATH]
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EMOJI = {":seedling:": "🌱", ":bulb:": "💡", ":bell:": "🔔", ":warning:": "⚠️"}


def mrkdwn(text):
    """A small subset of Slack mrkdwn: enough for what Rapport writes."""
    t = html.escape(text, quote=False)
    for code, char in EMOJI.items():
        t = t.replace(code, char)
    t = re.sub(r"&lt;(https?://[^|&]+)\|([^&]+)&gt;", r'<a href="\1">\2</a>', t)
    t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
    t = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w_])_([^_\n]+)_(?![\w_])", r"<i>\1</i>", t)
    return t.replace("\n", "<br>")


def text_of(obj):
    if not obj:
        return ""
    if obj.get("type") == "plain_text":
        t = html.escape(obj["text"])
        for code, char in EMOJI.items():
            t = t.replace(code, char)
        return t
    return mrkdwn(obj["text"])


def button(el):
    style = el.get("style", "")
    return f'<span class="btn {style}">{text_of(el["text"])}</span>'


def block(b):
    kind = b["type"]
    if kind == "header":
        return f'<h1>{text_of(b["text"])}</h1>'
    if kind == "divider":
        return "<hr>"
    if kind == "context":
        return '<div class="context">' + " ".join(text_of(e) for e in b["elements"]) + "</div>"
    if kind == "actions":
        return '<div class="actions">' + "".join(button(e) for e in b["elements"]) + "</div>"
    if kind == "section":
        acc = b.get("accessory")
        side = f'<div class="acc">{button(acc)}</div>' if acc and acc.get("type") == "button" else ""
        return f'<div class="section"><div class="txt">{text_of(b.get("text"))}</div>{side}</div>'
    return f"<!-- {html.escape(kind)} -->"


PAGE = """<!doctype html><meta charset="utf-8"><style>
body {{ margin: 0; background: #fff; font: 15px/1.46668 -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #1d1c1d; }}
.bar {{ height: 49px; border-bottom: 1px solid #e8e8e8; display: flex; align-items: center; padding: 0 20px; gap: 22px; }}
.bar .app {{ font-weight: 900; font-size: 18px; }}
.bar .tab {{ color: #616061; font-size: 14px; }} .bar .tab.on {{ color: #1d1c1d; font-weight: 700; border-bottom: 2px solid #1264a3; padding: 13px 0; }}
.view {{ max-width: 760px; padding: 16px 24px 28px; }}
h1 {{ font-size: 22px; font-weight: 900; margin: 6px 0 10px; }}
hr {{ border: 0; border-top: 1px solid #ddd; margin: 14px 0; }}
.section {{ display: flex; align-items: flex-start; gap: 16px; margin: 8px 0; }}
.section .txt {{ flex: 1; }}
.context {{ color: #616061; font-size: 13px; margin: 6px 0; }}
.actions {{ display: flex; gap: 8px; margin: 6px 0 10px; flex-wrap: wrap; }}
.btn {{ display: inline-block; border: 1px solid #bbb; border-radius: 4px; padding: 3px 12px; font-size: 14px; font-weight: 700; white-space: nowrap; background: #fff; }}
.btn.primary {{ background: #007a5a; border-color: #007a5a; color: #fff; }}
.btn.danger {{ background: #e01e5a; border-color: #e01e5a; color: #fff; }}
code {{ font: 12px Menlo, "DejaVu Sans Mono", monospace; color: #e01e5a; background: #f8f8f8; border: 1px solid #ddd; border-radius: 3px; padding: 0 3px; }}
a {{ color: #1264a3; text-decoration: none; }}
</style>
<div class="bar"><span class="app">Rapport</span><span class="tab on">Home</span><span class="tab">Messages</span><span class="tab">About</span></div>
<div class="view">{body}</div>
"""


def render(chromium, json_path, out, height):
    """Write the HTML mock of one view and screenshot it to out."""
    with open(json_path, encoding="utf-8") as f:
        view = json.load(f)
    body = "\n".join(block(b) for b in view["blocks"])
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "home.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(PAGE.format(body=body))
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--hide-scrollbars",
               f"--window-size=820,{height}", f"--screenshot={out}",
               "file://" + page]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    print("wrote", out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chromium", default="chromium")
    args = ap.parse_args()
    # A returning user's tab, and the first open (the onboarding).
    for name, height in (("home-tab", 980), ("home-tab-first", 1240)):
        render(args.chromium, os.path.join(ROOT, "docs", name + ".json"),
               os.path.join(ROOT, "docs", name + ".png"), height)


if __name__ == "__main__":
    sys.exit(main())

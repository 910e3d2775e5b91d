"""Draws 40 entities as draw.py does, from hard news only: the articles that
name two of the audit's countries and groups. python3 drawhard.py OUTPUT.jsonl SEED."""
import sys

from draw import draw

words = ["روسيا","إيران","العراق","سوريا","تركيا","مصر","اليمن","الولايات المتحدة","لبنان","ليبيا","إسرائيل","فلسطين","قطر","الحوثي","داعش"]

draw(sys.argv[1], int(sys.argv[2]), 'H', keep=lambda text: sum(w in text for w in words) >= 2, after=120)

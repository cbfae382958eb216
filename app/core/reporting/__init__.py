"""The readable PDF report inside every bundle, in the language chosen.

report.py writes the cover, index and chart page; report_incidents.py the incident pages;
report_chart.py the timeline; report_layout.py fonts, hostile-text cleaning and page furniture;
report_values.py how each value reads in the report's language.
"""

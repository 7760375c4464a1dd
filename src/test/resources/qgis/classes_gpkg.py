"""Prints the legend label of the class QGIS draws each feature in, with the table's stored default style.

Usage: python3 classes_gpkg.py GPKG TABLE [TABLE ...]

For each feature of each table, in feature order, prints "<table> <fid> <label>", the label being
that of the rule (or category) of the stored style that renders it ("-" when none does). Run
headless with QT_QPA_PLATFORM=offscreen; used by FieldStylesQgisTest, which skips when QGIS's
Python bindings are absent.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsMapSettings, QgsRenderContext, QgsVectorLayer
from qgis.PyQt.QtCore import QSize

app = QgsApplication([], False)
app.initQgis()
gpkg = sys.argv[1]
for table in sys.argv[2:]:
    layer = QgsVectorLayer(gpkg + "|layername=" + table, table, "ogr")
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(800, 600))
    context = QgsRenderContext.fromMapSettings(settings)
    renderer = layer.renderer()
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    renderer.startRender(context, layer.fields())
    for f in layer.getFeatures():
        keys = [k for k in renderer.legendKeysForFeature(f, context) if k in labels]
        drawn = renderer.willRenderFeature(f, context)
        print(table, f.id(), labels[keys[-1]] if keys and drawn else "-")
    renderer.stopRender(context)
sys.stdout.flush()
os._exit(0)  # QGIS 3.22's exitQgis() can crash on the way out, after the work is done

"""Opens every layer of a GeoPackage in QGIS with its stored default style and reports what draws.

Usage: python3 render_gpkg.py GPKG [PNG TOP,...,BOTTOM]

For each feature table prints one line: "<table> <renderer> <features> <drawn>", drawn being the
features the stored style renders at the layer's extent (all rules and categories as stored,
unticked ones drawing nothing). With PNG, also renders the named tables (the first on top) at
1200 x 900 px over their joint extent. Run headless with QT_QPA_PLATFORM=offscreen; used by
QgisRenderTest, which skips when QGIS's Python bindings are absent.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsProviderRegistry,
                       QgsRectangle, QgsRenderContext, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

app = QgsApplication([], False)
app.initQgis()
gpkg = sys.argv[1]
meta = QgsProviderRegistry.instance().providerMetadata("ogr")
tables = [s.name() for s in meta.querySublayers(gpkg)]
layers = {}
for table in tables:
    layer = QgsVectorLayer(gpkg + "|layername=" + table, table, "ogr")
    if not layer.isValid() or not layer.isSpatial():
        continue
    layers[table] = layer
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(800, 600))
    context = QgsRenderContext.fromMapSettings(settings)
    renderer = layer.renderer()
    renderer.startRender(context, layer.fields())
    drawn = sum(1 for f in layer.getFeatures() if renderer.willRenderFeature(f, context))
    renderer.stopRender(context)
    print(table, renderer.type(), layer.featureCount(), drawn)
if len(sys.argv) > 3:
    shown = [layers[t] for t in sys.argv[3].split(",")]
    settings = QgsMapSettings()
    settings.setLayers(shown)
    extent = QgsRectangle()
    for layer in shown:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1200, 900))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(sys.argv[2], "png")
sys.stdout.flush()
os._exit(0)  # QGIS 3.22's exitQgis() can crash on the way out, after the work is done

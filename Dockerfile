# techties for a team server: the dashboard (`techties serve`) and the monitor
# (`techties watch`) from one image; compose.yaml runs both beside PostgreSQL.
#
#   docker build -t techties .
#   docker run --rm techties techties --version
FROM python:3.11-slim-bookworm

# WeasyPrint (PDF briefs) needs Pango; fonts with CJK and Cyrillic glyphs for briefs and charts.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libffi8 fonts-dejavu-core fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 techties
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir . && rm -rf /root/.cache

USER techties
ENV TECHTIES_DATA_DIR=/home/techties/data \
    PYTHONUNBUFFERED=1
VOLUME ["/home/techties/data"]
EXPOSE 8000

# `docker stop` sends SIGTERM: watch finishes the document it is saving and exits.
STOPSIGNAL SIGTERM
CMD ["techties", "serve", "--host", "0.0.0.0", "--port", "8000"]

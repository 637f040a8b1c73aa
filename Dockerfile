# The aggregator service image: configured by environment only (see README).
#   docker build -t aggregator .
#   docker run --rm -e REDIS_URL=redis://redis:6379/0 aggregator crawl
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml constraints.txt README.md scrapy.cfg ./
COPY aggregator ./aggregator
COPY spiders ./spiders
COPY pipelines ./pipelines
COPY settings ./settings
COPY middlewares ./middlewares
COPY frontier ./frontier
RUN python -m pip wheel --no-cache-dir -c constraints.txt --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 aggregator
COPY --from=build /wheels /wheels
COPY constraints.txt scrapy.cfg /app/
RUN python -m pip install --no-cache-dir -c /app/constraints.txt /wheels/*.whl && rm -rf /wheels
USER aggregator
WORKDIR /app
ENV AGGREGATOR_DATA_DIR=/app/var \
    PYTHONUNBUFFERED=1
ENTRYPOINT ["aggregator"]
CMD ["--help"]

# syntax=docker/dockerfile:1
#
# Rapport in a container: a static cgo binary (SQLite needs cgo) built on
# Debian, run on a distroless static image as a non-root user.
#
#   docker build --build-arg VERSION=$(git describe --tags --always) -t rapport .
#   docker run --env-file .env -v rapport-data:/data rapport

FROM golang:1.26-bookworm AS build
WORKDIR /src
# Modules first, so that a source change does not download them again.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
# scripts/build-static.sh is the same build CI runs: cgo with
# -tags osusergo,netgo,sqlite_omit_load_extension and external static linking;
# it fails if the result is not statically linked.
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    VERSION="$VERSION" scripts/build-static.sh /out/rapport
# distroless has no shell to create the data directory: make it here, owned
# by the nonroot user (65532), and copy it over.
RUN mkdir -p /out/data && chown 65532:65532 /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/rapport /rapport
COPY --from=build --chown=65532:65532 /out/data /data
ENV RAPPORT_DB=/data/rapport.db \
    RAPPORT_HTTP_ADDR=0.0.0.0:9090
VOLUME /data
EXPOSE 9090
USER nonroot:nonroot
# GET /readyz on the local HTTP server; exit 0 when ready.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["/rapport", "healthcheck"]
# SIGTERM (docker stop) drains in-flight work within 10 s and exits 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/rapport"]
CMD ["run"]

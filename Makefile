# Two commands, as the README says:
#   make        install what is missing, build, and write the sample documents into Output/
#   make test   run every test
#   make benchmark   the table of Docs/benchmark.md (wengao against pandoc)

SWIFT ?= swift

.PHONY: all samples test build benchmark

all: samples

# The standard library and Foundation linked statically: start-up, most of the time of
# one document, falls by about a third (Docs/benchmark.md). Debug builds stay dynamic.
build:
	./Scripts/install-dependencies.sh
	$(SWIFT) build -c release --static-swift-stdlib --product wengao

samples: build
	$(SWIFT) run -c release --skip-build wengao summary Samples/half-year-summary.yaml
	$(SWIFT) run -c release --skip-build wengao speech Samples/meeting-speech.yaml

test:
	./Scripts/install-dependencies.sh
	$(SWIFT) test

benchmark:
	./Scripts/install-dependencies.sh
	./Scripts/benchmark.sh

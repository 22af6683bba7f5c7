# Two commands, as the README says:
#   make        install what is missing, build, and write the sample documents into Output/
#   make test   run every test

SWIFT ?= swift

.PHONY: all samples test build

all: samples

build:
	./Scripts/install-dependencies.sh
	$(SWIFT) build -c release --product wengao

samples: build
	$(SWIFT) run -c release --skip-build wengao summary Samples/half-year-summary.yaml
	$(SWIFT) run -c release --skip-build wengao speech Samples/meeting-speech.yaml

test:
	./Scripts/install-dependencies.sh
	$(SWIFT) test

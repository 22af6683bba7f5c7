// libdeflate: raw DEFLATE (as zip entries hold it) and CRC-32, for the package writer.
#include <libdeflate.h>

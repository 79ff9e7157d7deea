// OpenSSL's libcrypto, for SHA-256 only (apt libssl-dev; pkg-config libcrypto).
#include <openssl/sha.h>

// Measures the cost of one password guess for an attacker who copied the
// site: one Argon2id derivation at the site's login cost. It compares that
// with StatiCrypt's published setting of 600,000 PBKDF2-HMAC-SHA256
// iterations in the same run, so that the ratio holds on a noisy machine.
//
//   build/bench/login_cost [OPS MEM_MIB [ROUNDS]]
#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int kPbkdf2Iterations = 600000;

template <typename Work>
double MedianMilliseconds(int rounds, Work work) {
  std::vector<double> times;
  for (int i = 0; i < rounds; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start)
                        .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::fprintf(stderr, "login_cost: libsodium could not be initialised\n");
    return 4;
  }
  const unsigned long long ops = argc > 2 ? std::strtoull(argv[1], nullptr, 10) : 6;
  const unsigned long long mem_mib =
      argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 64;
  const int rounds = argc > 3 ? std::atoi(argv[3]) : 9;
  if (ops < 1 || mem_mib < 8 || rounds < 1) {
    std::fprintf(stderr, "usage: login_cost [OPS MEM_MIB [ROUNDS]]\n");
    return 2;
  }

  const char password[] = "Voorbeeld1!";
  unsigned char salt[crypto_pwhash_SALTBYTES] = {1};
  unsigned char key[32];

  const double argon2 = MedianMilliseconds(rounds, [&] {
    if (crypto_pwhash(key, sizeof key, password, sizeof password - 1, salt,
                      ops, mem_mib << 20, crypto_pwhash_ALG_ARGON2ID13) != 0) {
      std::fprintf(stderr, "login_cost: Argon2id ran out of memory\n");
      std::exit(4);
    }
  });
  const double pbkdf2 = MedianMilliseconds(rounds, [&] {
    PKCS5_PBKDF2_HMAC(password, sizeof password - 1, salt, sizeof salt,
                      kPbkdf2Iterations, EVP_sha256(), sizeof key, key);
  });

  std::printf("Argon2id ops=%llu mem=%llu MiB: %.1f ms per guess, %llu MiB "
              "of memory\n",
              ops, mem_mib, argon2, mem_mib);
  std::printf("PBKDF2-HMAC-SHA256 %d iterations: %.1f ms per guess, no "
              "memory to speak of\n",
              kPbkdf2Iterations, pbkdf2);
  std::printf("ratio Argon2id / PBKDF2: %.2f (median of %d rounds each)\n",
              argon2 / pbkdf2, rounds);
  return 0;
}

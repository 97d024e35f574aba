// Runs a fuzz target without libFuzzer (any compiler, every CI build): the seed corpus, then
// seeded random mutations of it, bounded by a count and a time limit. Linked with each target:
//   protocol_fuzz_smoke|json_fuzz_smoke|pack_fuzz_smoke [--runs=N] [--seed=S] [--seconds=T] DIR...
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

void run(const Bytes& input) {
    LLVMFuzzerTestOneInput(input.data(), input.size());
}

/// One of the mutations that find decoder bugs: flipped, inserted, erased and cut bytes,
/// size tags turned huge, and splices of two messages.
Bytes mutate(Bytes in, const std::vector<Bytes>& corpus, std::mt19937_64& rng) {
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n)(rng);
    };
    int steps = 1 + static_cast<int>(pick(3));
    for (int s = 0; s < steps; ++s) {
        switch (pick(6)) {
            case 0:
                if (!in.empty())
                    in[pick(in.size() - 1)] ^= static_cast<std::uint8_t>(1u << pick(7));
                break;
            case 1:
                in.insert(in.begin() + static_cast<std::ptrdiff_t>(pick(in.size())),
                          static_cast<std::uint8_t>(pick(255)));
                break;
            case 2:
                if (!in.empty())
                    in.erase(in.begin() + static_cast<std::ptrdiff_t>(pick(in.size() - 1)));
                break;
            case 3:
                in.resize(pick(in.size()));
                break;
            case 4:  // a size tag claiming gigabytes
                if (!in.empty()) {
                    std::size_t at = pick(in.size() - 1);
                    for (std::size_t i = at; i < std::min(in.size(), at + 4); ++i)
                        in[i] = 0xff;
                }
                break;
            case 5: {
                const Bytes& other = corpus[pick(corpus.size() - 1)];
                std::size_t cut = pick(in.size());
                in.resize(cut);
                in.insert(in.end(), other.begin() + static_cast<std::ptrdiff_t>(pick(other.size())),
                          other.end());
                break;
            }
            default:
                if (!in.empty())
                    in[pick(in.size() - 1)] = static_cast<std::uint8_t>(pick(255));
                break;
        }
    }
    return in;
}

}  // namespace

int main(int argc, char** argv) {
    long runs = 50000;
    std::uint64_t seed = 1;
    double seconds = 10;
    std::vector<Bytes> corpus;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--runs=", 0) == 0)
            runs = std::stol(arg.substr(7));
        else if (arg.rfind("--seed=", 0) == 0)
            seed = std::stoull(arg.substr(7));
        else if (arg.rfind("--seconds=", 0) == 0)
            seconds = std::stod(arg.substr(10));
        else
            for (const auto& entry : std::filesystem::directory_iterator(arg)) {
                std::ifstream in(entry.path(), std::ios::binary);
                corpus.emplace_back(std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>());
            }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus: pass the seed folder (tests/fuzz/corpus/protocol)\n");
        return 2;
    }
    for (const Bytes& input : corpus)
        run(input);
    std::mt19937_64 rng(seed);
    auto start = std::chrono::steady_clock::now();
    long done = 0;
    for (; done < runs; ++done) {
        if (done % 1024 == 0 &&
            std::chrono::steady_clock::now() - start > std::chrono::duration<double>(seconds))
            break;
        const Bytes& base = corpus[rng() % corpus.size()];
        run(mutate(base, corpus, rng));
    }
    std::printf("%s: %zu seeds, %ld mutated inputs, seed %llu: no crash\n",
                std::filesystem::path(argv[0]).filename().c_str(), corpus.size(), done,
                static_cast<unsigned long long>(seed));
    return 0;
}

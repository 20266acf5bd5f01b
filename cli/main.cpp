#include "cli.h"

int main(int argc, char** argv) { return inzage::cli::Main(argc, argv); }

fn main() {
    12 += 1;
}

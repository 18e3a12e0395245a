fn main() {
    continue;
}

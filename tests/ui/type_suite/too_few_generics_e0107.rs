struct Pair<A, B>(A, B);
fn main() {
    let p: Pair<u8> = Pair(1, 2);
}

fn take<T>(t: &T) {}
fn main() {
    let s: &[u8] = &[1, 2];
    take::<[u8]>(s);
}

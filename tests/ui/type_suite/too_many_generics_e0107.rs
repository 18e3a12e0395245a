struct Wrapper<T>(T);
fn main() {
    let w: Wrapper<u8, u16> = Wrapper(1);
}

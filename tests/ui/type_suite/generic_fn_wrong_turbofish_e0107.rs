fn ident<T>(t: T) -> T { t }
fn main() {
    let x = ident::<u8, u8>(1);
}

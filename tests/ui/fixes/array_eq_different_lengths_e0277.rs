// Arrays compare only with arrays of the same length (`PartialEq<[U; N]> for [T; N]`).
fn main() {
    let short: [u8; 2] = [1, 2];
    let long: [u8; 3] = [1, 2, 3];
    println!("{}", short == [1, 2]);
    println!("{}", short == long);
}

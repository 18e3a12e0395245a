// A trait implemented for `[T; 3]` does not hold for `[T; 4]`.
trait Rgb {
    fn red(&self) -> u8;
}

impl Rgb for [u8; 3] {
    fn red(&self) -> u8 {
        self[0]
    }
}

fn show<C: Rgb>(c: &C) -> u8 {
    c.red()
}

fn main() {
    println!("{}", show(&[255u8, 0, 0]));
    println!("{}", show(&[255u8, 0, 0, 128]));
}

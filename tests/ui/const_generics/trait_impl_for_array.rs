trait Size {
    fn size(&self) -> usize;
}

impl<const N: usize> Size for [u32; N] {
    fn size(&self) -> usize {
        N * 4
    }
}

fn main() {
    let a = [1u32, 2, 3];
    println!("{}", a.size());
}

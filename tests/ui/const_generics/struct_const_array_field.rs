struct Buf<const N: usize> {
    data: [u8; N],
}

impl<const N: usize> Buf<N> {
    fn new() -> Self {
        Buf { data: [0; N] }
    }
    fn capacity(&self) -> usize {
        N
    }
    fn first(&self) -> u8 {
        self.data[0]
    }
}

fn main() {
    let b: Buf<4> = Buf::new();
    println!("{} {} {}", b.capacity(), b.data.len(), b.first());
}

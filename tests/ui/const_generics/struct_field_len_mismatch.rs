struct Buf<const N: usize> {
    data: [u8; N],
}

fn main() {
    let b: Buf<2> = Buf { data: [1, 2, 3] };
    println!("{}", b.data.len());
}

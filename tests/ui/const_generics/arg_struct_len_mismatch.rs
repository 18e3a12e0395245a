struct Buf<const N: usize> {
    data: [u8; N],
}

fn sum4(b: Buf<4>) -> u32 {
    b.data.iter().map(|&x| x as u32).sum()
}

fn main() {
    let b = Buf { data: [1, 2, 3] };
    println!("{}", sum4(b));
}

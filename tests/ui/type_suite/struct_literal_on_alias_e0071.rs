type Num = u32;
fn main() {
    let n = Num { value: 3 };
}

enum Dir { Up, Down }
fn main() {
    let d = Dir::Left;
}

struct W<const N: usize>;

fn main() {
    let _w: W<1, 2> = W;
}

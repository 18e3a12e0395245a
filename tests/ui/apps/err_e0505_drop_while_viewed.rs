// rejected E0505: dropping a buffer while a slice view into it is still used later
struct Image {
    width: usize,
    pixels: Vec<u8>,
}

impl Image {
    fn row(&self, r: usize) -> &[u8] {
        &self.pixels[r * self.width..(r + 1) * self.width]
    }

    fn brightness(&self) -> f32 {
        self.pixels.iter().map(|&p| p as f32).sum::<f32>() / self.pixels.len() as f32
    }
}

fn invert(img: &mut Image) {
    for p in img.pixels.iter_mut() {
        *p = 255 - *p;
    }
}

fn main() {
    let mut img = Image { width: 3, pixels: vec![0, 50, 100, 150, 200, 250] };
    println!("brightness {:.1}", img.brightness());
    invert(&mut img);
    println!("inverted brightness {:.1}", img.brightness());
    let top = img.row(0);
    println!("top row {:?}", top);
    drop(img);
    let peak = top.iter().max().copied().unwrap_or(0);
    println!("peak of top row {}", peak);
}

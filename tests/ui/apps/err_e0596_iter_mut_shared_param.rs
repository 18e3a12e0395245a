// rejected E0596: calling iter_mut() on a slice reached through a shared & parameter
#[derive(Debug, Clone)]
struct Sprite {
    x: f32,
    y: f32,
    vx: f32,
    vy: f32,
}

fn step_all(sprites: &Vec<Sprite>, dt: f32) {
    for s in sprites.iter_mut() {
        s.x += s.vx * dt;
        s.y += s.vy * dt;
    }
}

fn bounding_box(sprites: &[Sprite]) -> (f32, f32, f32, f32) {
    let min_x = sprites.iter().map(|s| s.x).fold(f32::MAX, f32::min);
    let max_x = sprites.iter().map(|s| s.x).fold(f32::MIN, f32::max);
    let min_y = sprites.iter().map(|s| s.y).fold(f32::MAX, f32::min);
    let max_y = sprites.iter().map(|s| s.y).fold(f32::MIN, f32::max);
    (min_x, min_y, max_x, max_y)
}

fn main() {
    let mut sprites = vec![
        Sprite { x: 0.0, y: 0.0, vx: 1.0, vy: 0.5 },
        Sprite { x: 10.0, y: -2.0, vx: -0.5, vy: 0.0 },
    ];
    for _ in 0..3 {
        step_all(&sprites, 0.5);
    }
    sprites.push(Sprite { x: 4.0, y: 4.0, vx: 0.0, vy: 0.0 });
    println!("{:?}", bounding_box(&sprites));
}
